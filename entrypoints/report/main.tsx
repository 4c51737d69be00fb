import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import '../options/style.css';

render(<ReportApp />, document.getElementById('app')!);
