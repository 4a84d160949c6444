// Which signal types are behaviour across events rather than something found in one text: the
// circumvention patterns and payment-risk signals (patterns/detect.ts) and the linked-accounts
// graph (network/). One definition, read by the policy engine (a hold resting on them alone is
// always reviewed: the engine opens the case a policy forgot) and by enforcement (a ladder step
// above a warning resting on them alone is proposed to a reviewer, never applied).
// A pattern is an inference over many ordinary events — a rehire, a quick withdrawal, a shared
// office computer can each look like one — so a person decides before money or access is kept.

const BEHAVIOUR = /^(circumvention|payment|linked)\.[a-z_]+$/;

/** A pattern across events (circumvention.*, payment.*, linked.*), as opposed to a finding in a text. */
export function isBehaviourSignal(type: string): boolean {
  return BEHAVIOUR.test(type);
}
