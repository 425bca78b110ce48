import type { CodedError } from '@slack/bolt';
import type { Logger } from '../log.js';

// Last line of defence: listeners catch their own errors and apologise, so anything reaching here is a bug in
// middleware or Bolt itself. Log it and carry on; the process must outlive any single request.
export function createErrorHandler(logger: Logger): (error: CodedError) => Promise<void> {
  return async (error) => {
    logger.error('unhandled error in a Slack listener', { error, code: error.code });
  };
}
