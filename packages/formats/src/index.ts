/** Pure encoders and decoders of the standards Hylle speaks (DESIGN §7). */
