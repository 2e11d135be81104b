/** The recovery-timeline embed page's script (browser): the URL's options applied, then the widget. */
import { mountEmbed } from '../../../embed/runtime';
import { recoveryTimelineEmbed } from './embed';
import RecoveryTimelineWidget from './RecoveryTimelineWidget';

void mountEmbed(recoveryTimelineEmbed, RecoveryTimelineWidget);
