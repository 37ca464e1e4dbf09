// LoketCore
