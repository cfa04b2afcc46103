package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	file4, err := os.Open("upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer file4.Close()

	req := client.R()
	req.Header.Add("X-Request-Id", "42")
	req.SetMultipartFields(
		&resty.MultipartField{
			Param:  "name",
			Reader: strings.NewReader("Ada"),
		},
		&resty.MultipartField{
			Param:  "tag",
			Reader: strings.NewReader("a"),
		},
		&resty.MultipartField{
			Param:  "tag",
			Reader: strings.NewReader("b"),
		},
		&resty.MultipartField{
			Param:       "avatar",
			FileName:    "upload.txt",
			ContentType: "text/plain",
			Reader:      file4,
		},
	)

	resp, err := req.Execute("PUT", "{{baseUrl}}/profile")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
