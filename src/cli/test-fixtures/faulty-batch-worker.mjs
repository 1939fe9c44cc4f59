// A batch worker for the pool's tests: answers like the real one (the bundle built by the test
// setup), except that a request whose id is "crash" ends its worker thread with an uncaught error,
// "exit" makes the thread exit, and "hang" never returns, as a stuck comparison would.
import answerBatchTask from '../../../dist-cli/batch-worker.mjs'

export default function answerFaultyTask(task) {
  if (task.line.includes('"id":"crash"')) {
    setImmediate(() => {
      throw new Error('simulated crash')
    })
    return new Promise(() => undefined)
  }
  if (task.line.includes('"id":"exit"')) process.exit(3)
  if (task.line.includes('"id":"hang"')) for (;;);
  return answerBatchTask(task)
}
