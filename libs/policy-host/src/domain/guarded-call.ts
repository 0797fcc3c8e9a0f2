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
 * past its budget twice is stopped and fails the calculation the same way.
 */
export function guardedCalls<I, O>(pluginId: string, decision: string, inputs: readonly I[], decide: (input: I) => O): O[] {
  if (inputs.length === 0) return [];
  try {
    return runUnderBudget(inputs, decide);
  } catch (first) {
    // A budget can run out through no fault of the plugin: the process paused for garbage collection
    // or descheduled on a busy host. Decisions are pure, so one more try costs nothing but time; a
    // plugin that is really too slow (or never returns) is stopped again and fails.
    if (!timedOut(first)) throw refusal(pluginId, decision, first);
    try {
      return runUnderBudget(inputs, decide);
    } catch (second) {
      throw refusal(pluginId, decision, second);
    }
  }
}

function runUnderBudget<I, O>(inputs: readonly I[], decide: (input: I) => O): O[] {
  const answers: O[] = [];
  context.call = () => {
    // Each answer is copied to plain data inside the guard (getters read once, proxies and functions
    // refused), so what the core checks is what it uses.
    for (const input of inputs) answers.push(structuredClone(decide(input)));
  };
  try {
    script.runInContext(context, { timeout: DECISION_BUDGET_MS * inputs.length });
  } finally {
    context.call = undefined;
  }
  return answers;
}

// Errors may come from another realm (a plugin's own, or the vm's), so they are read by shape.
function timedOut(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

function refusal(pluginId: string, decision: string, error: unknown): PolicyPluginError {
  const { message } = (error ?? {}) as { message?: unknown };
  const reason = timedOut(error)
    ? `ran longer than ${DECISION_BUDGET_MS} ms a decision, twice, and was stopped`
    : `threw: ${typeof message === 'string' ? message : String(error)}`;
  return new PolicyPluginError(pluginId, decision, reason);
}

/** One decision for one input, guarded. */
export function guardedCall<O>(pluginId: string, decision: string, decide: () => O): O {
  return guardedCalls(pluginId, decision, [null], () => decide())[0];
}
