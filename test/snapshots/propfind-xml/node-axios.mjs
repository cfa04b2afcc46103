import axios from 'axios';

const response = await axios({
  method: 'PROPFIND',
  url: '{{baseUrl}}/dav/',
  headers: {
    'Depth': '1',
    'Content-Type': 'application/xml',
  },
  data: `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`,
});
console.log(response.data);
