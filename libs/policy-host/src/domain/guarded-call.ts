import vm from 'node:vm';
import { PolicyPluginError } from '../../../kernel/src/index.js';

/** How long one plugin decision may take. Decisions are small pure functions; this is generous. */
export const DECISION_BUDGET_MS = 50;

// One context, reused: `call()` runs whatever is put in it, under the script's timeout, which V8
// enforces by interrupting the isolate, so even a plugin stuck in a loop is stopped.
const context = vm.createContext({});
const script = new vm.Script('call()');

/**
 * Runs a plugin's decision for many inputs under one deadline (a budget per input), and each input
 * on its own: a plugin that throws fails the calculation it was asked for, named; one that runs
 * past its budget is stopped and fails the calculation the same way.
 */
export function guardedCalls<I, O>(pluginId: string, decision: string, inputs: readonly I[], decide: (input: I) => O): O[] {
  if (inputs.length === 0) return [];
  const budget = DECISION_BUDGET_MS * inputs.length;
  const answers: O[] = [];
  context.call = () => {
    // Each answer is copied to plain data inside the guard (getters read once, proxies and functions
    // refused), so what the core checks is what it uses.
    for (const input of inputs) answers.push(structuredClone(decide(input)));
  };
  try {
    script.runInContext(context, { timeout: budget });
  } catch (error) {
    // Errors may come from another realm (a plugin's own, or the vm's), so they are read by shape.
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const reason = code === 'ERR_SCRIPT_EXECUTION_TIMEOUT'
      ? `ran longer than ${DECISION_BUDGET_MS} ms a decision and was stopped`
      : `threw: ${typeof message === 'string' ? message : String(error)}`;
    throw new PolicyPluginError(pluginId, decision, reason);
  } finally {
    context.call = undefined;
  }
  return answers;
}

/** One decision for one input, guarded. */
export function guardedCall<O>(pluginId: string, decision: string, decide: () => O): O {
  return guardedCalls(pluginId, decision, [null], () => decide())[0];
}
