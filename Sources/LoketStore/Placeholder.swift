// LoketStore
