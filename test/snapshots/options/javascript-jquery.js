var settings = {
  "url": "{{baseUrl}}/cors",
  "method": "OPTIONS",
  "timeout": 0
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
