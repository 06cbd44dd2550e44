interface Waiter<In, Out> {
  input: In
  resolve: (output: Out) => void
  reject: (error: unknown) => void
}

export interface BatcherOptions<In> {
  /** How much of a batch an input takes (rows it writes, say); 1 each by default. */
  weight?: (input: In) => number
  /** A batch stops growing once it reaches this weight; one input always fits. */
  maxWeight?: number
}

/**
 * Group commit for any one-statement operation: callers that arrive while a batch is running wait
 * and go together in the next one, so the number of round trips follows the load rather than the
 * number of callers. Each caller gets its own output, or the batch's error. `run` returns one
 * output per input, in order.
 */
export function createBatcher<In, Out>(
  run: (inputs: In[]) => Promise<Out[]>,
  options: BatcherOptions<In> = {},
): (input: In) => Promise<Out> {
  const weight = options.weight ?? (() => 1)
  const maxWeight = options.maxWeight ?? Number.POSITIVE_INFINITY
  let queue: Waiter<In, Out>[] = []
  let isRunning = false

  function takeBatch(): Waiter<In, Out>[] {
    let taken = 0
    let count = 0
    while (count < queue.length && taken < maxWeight) taken += weight(queue[count++]!.input)
    const batch = queue.slice(0, count)
    queue = queue.slice(count)
    return batch
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = takeBatch()
      try {
        const outputs = await run(batch.map((w) => w.input))
        batch.forEach((waiter, i) => {
          waiter.resolve(outputs[i]!)
        })
      } catch (error) {
        for (const waiter of batch) waiter.reject(error)
      }
    }
    isRunning = false
  }

  return (input) =>
    new Promise<Out>((resolve, reject) => {
      queue.push({ input, resolve, reject })
      if (isRunning) return
      isRunning = true
      // The callers of this turn of the event loop join the first batch.
      setImmediate(() => void drain())
    })
}
