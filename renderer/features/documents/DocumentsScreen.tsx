// The documents area. Not built yet: says so plainly (see PlaceholderScreen).
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen';

export function DocumentsScreen() {
  return <PlaceholderScreen area="documents" />;
}
