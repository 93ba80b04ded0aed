/* gpt.js */
!function(e,t){"use strict";}(window);
