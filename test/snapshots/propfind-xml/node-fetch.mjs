const response = await fetch('{{baseUrl}}/dav/', {
  method: 'PROPFIND',
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
  },
  body: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`,
});
console.log(await response.text());
