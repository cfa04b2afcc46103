package main

import (
	"fmt"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.SetMultipartFields(
		&resty.MultipartField{
			Param:  "__proto__",
			Reader: strings.NewReader("f1"),
		},
		&resty.MultipartField{
			Param:  "constructor",
			Reader: strings.NewReader("f2"),
		},
		&resty.MultipartField{
			Param:  "prototype",
			Reader: strings.NewReader("f3"),
		},
		&resty.MultipartField{
			Param:  "toString",
			Reader: strings.NewReader("f4"),
		},
	)

	resp, err := req.Execute("POST", "{{baseUrl}}/objects")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
