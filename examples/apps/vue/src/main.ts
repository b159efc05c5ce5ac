// Vue 3: the compiler is told the floke-* tags are custom elements (vite.config.mjs); Vue sets `data` as a
// property and binds @floke-select to the DOM event. The tags are typed by @floke/elements/types/vue.
import type {} from '@floke/elements/types/vue';
import '@floke/elements/all.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
