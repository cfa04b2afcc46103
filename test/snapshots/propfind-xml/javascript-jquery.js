var settings = {
  "url": "{{baseUrl}}/dav/",
  "method": "PROPFIND",
  "timeout": 0,
  "headers": {
    "Depth": "1",
    "Content-Type": "application/xml"
  },
  "data": `<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
