"""Policy service: the chat model that drafts replies, behind one gRPC contract and swappable backends."""
