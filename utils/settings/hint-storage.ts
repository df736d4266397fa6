import { storage } from 'wxt/utils/storage';
import { READER_HINT_DONE_KEY } from '../protocol/storage-keys';

/** Whether the reader's first-open hint has done its job (a first highlight, or "Got it"). */
const hintDoneItem = storage.defineItem<boolean>(READER_HINT_DONE_KEY, { fallback: false });

export const loadHintDone = () => hintDoneItem.getValue();
export const saveHintDone = () => hintDoneItem.setValue(true);
