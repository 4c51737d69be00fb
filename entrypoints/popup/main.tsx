import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/overlay/overlay.css';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
