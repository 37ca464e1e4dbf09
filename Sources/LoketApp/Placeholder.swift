// LoketApp
