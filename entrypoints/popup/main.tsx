import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { markPageLanguage } from '../../lib/i18n/page-language';
import '../../components/overlay/overlay.css';
import './style.css';

markPageLanguage();
render(<PopupApp />, document.getElementById('app')!);
