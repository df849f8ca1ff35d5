// A stand-in corpus worker for test/worker-pool.test.ts: it answers each
// line with a row, but exits on a line whose text is "exit", throws on
// "throw", never answers "hang", and exhausts its heap on "grow" unless its
// limit is the default one.
import { parentPort, resourceLimits } from 'node:worker_threads'

parentPort.on('message', (task) => {
  const { id, text } = JSON.parse(task.raw)
  if (text === 'exit') process.exit(3)
  if (text === 'throw') throw new Error('broken worker')
  if (text === 'hang') return
  if (text === 'grow' && resourceLimits.maxOldGenerationSizeMb < 100) {
    const hoard = []
    for (;;) hoard.push(new Array(1e5).fill(hoard.length))
  }
  parentPort.postMessage({ line: task.line, id, words: text.length })
})
