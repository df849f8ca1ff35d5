// A corpus worker: analyses the lines it is sent, one message each way.
import { parentPort, workerData } from 'node:worker_threads'
import type { CorpusFields, CorpusTask } from './corpus.js'
import { analyzeLine } from './corpus-line.js'
import type { Format } from './options.js'

const { fields, format, timeReferences = false } = workerData as { fields: CorpusFields; format: Format; timeReferences?: boolean }
parentPort!.on('message', (task: CorpusTask) => {
  parentPort!.postMessage(analyzeLine(task, fields, { format, timeReferences }))
})
