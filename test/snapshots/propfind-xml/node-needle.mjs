import needle from 'needle';

const response = await needle('PROPFIND', '{{baseUrl}}/dav/', `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`, {
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
  },
});
console.log(response.body);
