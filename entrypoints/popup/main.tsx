import { render } from 'preact';
import { PopupApp, readDescribedPage } from '../../components/popup/PopupApp';
import { markPageLanguage } from '../../lib/i18n/page-language';
import '../../components/overlay/chips.css';
import '../../components/overlay/floating.css';
import './style.css';

// Asked before anything else: the first render waits on the tab's answer.
const firstRead = readDescribedPage();
markPageLanguage();
render(<PopupApp firstRead={firstRead} />, document.getElementById('app')!);
