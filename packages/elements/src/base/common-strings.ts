import type { UiLanguage } from '@floke/core';
import { UI_STRINGS_EN } from './strings-en.js';
import { UI_STRINGS_NB } from './strings-nb.js';
import { UI_STRINGS_NN } from './strings-nn.js';
import type { CommonUiStrings } from './strings.js';

/** The texts every view shares, per UI language (the network's are added by the views that draw it). */
export const COMMON_UI_STRINGS: Readonly<Record<UiLanguage, CommonUiStrings>> = { nb: UI_STRINGS_NB, nn: UI_STRINGS_NN, en: UI_STRINGS_EN };
