/**
 * The keys of class-validator's own messages for the constraints the API's request classes use
 * (`$property` is `{0}`, constraint values `{1}` …), and of messages of our classes written with
 * class-validator's `$property` token. They are not `msg` templates; a test validates every
 * request class with bad values and fails on a message no key fits.
 */
export const VALIDATOR_KEYS: readonly string[] = [
  '{0} must be a string',
  'each value in {0} must be a string',
  '{0} must be shorter than or equal to {1} characters',
  'each value in {0} must be shorter than or equal to {1} characters',
  '{0} must be longer than or equal to {1} characters',
  'each value in {0} must be longer than or equal to {1} characters',
  '{0} must be longer than or equal to {1} and shorter than or equal to {2} characters',
  '{0} must not be less than {1}',
  '{0} must not be greater than {1}',
  '{0} must be an integer number',
  '{0} must be a number conforming to the specified constraints',
  '{0} must be a boolean value',
  '{0} must be a UUID',
  'each value in {0} must be a UUID',
  '{0} must be an email',
  '{0} must be one of the following values: {1}',
  'each value in {0} must be one of the following values: {1}',
  '{0} must be an array',
  '{0} must contain no more than {1} elements',
  '{0} must contain at least {1} elements',
  '{0} must be an object',
  'each value in {0} must be an object',
  'nested property {0} must be either object or array',
  'each value in nested property {0} must be either object or array',
  '{0} must be a date (YYYY-MM-DD)',
];
