// The terms area. Not built yet: says so plainly (see PlaceholderScreen).
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen';

export function TermsScreen() {
  return <PlaceholderScreen area="terms" />;
}
