// mammoth's browser bundle carries no types of its own; it has the same API as the package entry.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth = require('mammoth')
  export = mammoth
}
