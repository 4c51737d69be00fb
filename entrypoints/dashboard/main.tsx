import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../options/style.css';
import './style.css';

render(<DashboardApp />, document.getElementById('app')!);
