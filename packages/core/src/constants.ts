/** The id `hub` names the centre of the wheel wherever a stage id is expected. */
export const HUB_ID = 'hub';
