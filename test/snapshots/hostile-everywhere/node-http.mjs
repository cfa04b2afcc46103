import http from 'node:http';
import https from 'node:https';

const url = new URL("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s");
const body = Buffer.from(`"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s
"; rm -rf ~; " $(id) \`id\` #{system('id')} \\(exploit) \${HOME} '; require('child_process').exec('id'); ' <?php */ %s`);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'X-H': "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    'Content-Type': 'text/plain',
    'Content-Length': body.length,
  },
});
const response = await new Promise((resolve, reject) => {
  request.on('response', resolve).on('error', reject);
  request.end(body);
});
let text = '';
for await (const chunk of response.setEncoding('utf8')) text += chunk;
console.log(response.statusCode, text);
