var settings = {
  "url": "{{baseUrl}}/upload",
  "method": "POST",
  "timeout": 0,
  "data": ""
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
