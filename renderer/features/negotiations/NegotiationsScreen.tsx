// The negotiations area. Not built yet: says so plainly (see PlaceholderScreen).
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen';

export function NegotiationsScreen() {
  return <PlaceholderScreen area="negotiations" />;
}
