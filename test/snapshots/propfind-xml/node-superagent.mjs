import superagent from 'superagent';

const response = await superagent('PROPFIND', '{{baseUrl}}/dav/')
  .set('Depth', '1')
  .set('Content-Type', 'application/xml')
  .send(`<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`);
console.log(response.text);
