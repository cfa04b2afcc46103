import ky from 'ky';

const text = await ky('{{baseUrl}}/dav/', {
  method: 'PROPFIND',
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
  },
  body: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`,
}).text();
console.log(text);
