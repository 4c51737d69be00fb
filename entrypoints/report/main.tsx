import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { t } from '../../lib/i18n/catalogue';
import { markPageLanguage } from '../../lib/i18n/page-language';
import '../options/style.css';

// The HTML's <title> is English until this runs: a page's title cannot name a message itself.
document.title = t('reportTitle');
markPageLanguage();
render(<ReportApp />, document.getElementById('app')!);
