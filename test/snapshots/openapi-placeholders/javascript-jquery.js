// A browser does not let a script set Cookie: not sent.
var settings = {
  "url": "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "X-API-Key": "{{api_key}}",
    "X-Note": '"; rm -rf ~; "',
    "Authorization": "Bearer {{bearerAuth}}"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
