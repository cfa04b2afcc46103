// A browser does not let a script set Origin, Access-Control-Request-Method: not sent.
var settings = {
  "url": "{{baseUrl}}/cors",
  "method": "OPTIONS",
  "timeout": 0
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
