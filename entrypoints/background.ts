import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/messages/background-main';

export default defineBackground({
  type: 'module',
  main() {
    startBackground();
  },
});
