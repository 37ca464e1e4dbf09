// LoketTUI
