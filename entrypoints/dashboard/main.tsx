import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { t } from '../../lib/i18n/catalogue';
import { markPageLanguage } from '../../lib/i18n/page-language';
import '../../components/overlay/chips.css';
import '../../components/overlay/floating.css';
import '../options/style.css';
import './style.css';

// The HTML's <title> is English until this runs: a page's title cannot name a message itself.
document.title = t('dashboardTitle');
markPageLanguage();
render(<DashboardApp />, document.getElementById('app')!);
