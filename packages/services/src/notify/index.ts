export { MESSAGE_KINDS, MESSAGE_KIND_CODES, suppliedFields, type MessageKind } from "./message-kinds";
export { enqueueMessage, type EnqueueMessageInput } from "./enqueue-message";
export { chooseChannel, postalAddress, CHANNEL_WORDS, type ChannelChoice, type ContactForSending } from "./choose-channel";
export { readFamilyContact } from "./family-contact";
