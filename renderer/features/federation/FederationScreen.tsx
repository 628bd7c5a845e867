// The federation area. Not built yet: says so plainly (see PlaceholderScreen).
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen';

export function FederationScreen() {
  return <PlaceholderScreen area="federation" />;
}
