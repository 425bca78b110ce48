import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { summariseCatalogue } from '../../../briefings/summarise.js';
import { topicsAcross } from '../../../briefings/topics.js';
import { renderHomeView } from '../../../render/home.js';
import type { BotContext } from '../../deps.js';
import { publishHome } from '../../send-message.js';

const EXAMPLE_COUNT = 5;

/** App Home: the briefings served and how to ask, published each time a user opens the Home tab. */
export async function appHomeOpenedCallback({
  event,
  context,
  client,
}: AllMiddlewareArgs<BotContext> & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> {
  if (event.tab !== 'home') return;
  const { deps } = context;
  try {
    const catalogue = deps.briefings.current();
    const view = renderHomeView(summariseCatalogue(catalogue), topicsAcross(catalogue, EXAMPLE_COUNT, 'examples'));
    await publishHome(client, event.user, view);
  } catch (error) {
    deps.logger.error('could not publish App Home', { error });
  }
}
