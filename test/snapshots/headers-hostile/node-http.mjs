import http from 'node:http';
import https from 'node:https';

const url = new URL('{{baseUrl}}/echo');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  headers: {
    'X-Shell': "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    'X-Quotes': '\'single\' "double" `back` \\back\\slash\\',
    'X-Interp': '#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}',
    'X-Comment': '*/ /* // # -- <!-- ?>',
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end();
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
