import got from 'got';

const response = await got('{{baseUrl}}/dav/', {
  method: 'PROPFIND',
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
  },
  body: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`,
});
console.log(response.body);
