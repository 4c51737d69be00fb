import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../components/overlay/overlay.css';
import '../options/style.css';
import './style.css';

render(<DashboardApp />, document.getElementById('app')!);
